#include "test_registry.h"

namespace pvi::test {

namespace {

std::vector<RegisteredTest>& registry() {
    static std::vector<RegisteredTest> classes;
    return classes;
}

} // namespace

bool registerTestClass(const char* name, TestFactory create) {
    registry().push_back({name, create});
    return true;
}

const std::vector<RegisteredTest>& registeredTestClasses() {
    return registry();
}

} // namespace pvi::test
