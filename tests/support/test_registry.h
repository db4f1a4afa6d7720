#pragma once

#include <QObject>

#include <memory>
#include <vector>

namespace pvi::test {

/// Makes a fresh instance of one Qt Test class.
using TestFactory = std::unique_ptr<QObject> (*)();

/// One Qt Test class of a test executable, by its class name.
struct RegisteredTest {
    const char* name;
    TestFactory create;
};

/// Adds a class to this executable's list; PVI_TEST_CLASS calls it during static initialisation.
bool registerTestClass(const char* name, TestFactory create);

/// Every class registered in this executable, in registration order.
const std::vector<RegisteredTest>& registeredTestClasses();

} // namespace pvi::test

/// Registers a Qt Test class with the executable of its folder (tests/support/test_main.cpp runs
/// it, alone when named on the command line: `tests_email TestEmailPvis`). Used in place of
/// QTEST_MAIN / QTEST_GUILESS_MAIN, at the end of the test's .cpp file.
#define PVI_TEST_CLASS(ClassName)                                                                  \
    namespace {                                                                                    \
    [[maybe_unused]] const bool pviTestClassRegistered_##ClassName =                               \
        ::pvi::test::registerTestClass(#ClassName, []() -> std::unique_ptr<QObject> {              \
            return std::make_unique<ClassName>();                                                  \
        });                                                                                        \
    }
