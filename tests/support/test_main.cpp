// The main of every test executable (one per folder of tests/): runs the Qt Test class named by
// the first argument with the remaining arguments (`tests_email TestEmailPvis -o -,txt`), which is
// how ctest runs each class in a process of its own; without a class name it runs every class of
// the folder one after the other; `--list-classes` prints their names; `--check-classes A B …`
// fails unless the classes registered are exactly A B … (the classes the folder's CMakeLists.txt
// gives to ctest, so that none is built and never run).
// Built with PVI_TEST_GUI for the GUI tests (a QApplication, as QTEST_MAIN makes), without it for
// the rest (a QCoreApplication, as QTEST_GUILESS_MAIN makes).
#include "test_registry.h"

#ifdef PVI_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif
#include <QTest>

#include <cstdio>
#include <cstring>
#include <set>
#include <string>
#include <vector>

namespace {

/// 0 when the classes registered are exactly `expected`; else says which differ, 1.
int checkClasses(const std::set<std::string>& expected) {
    std::set<std::string> registered;
    for (const auto& entry : pvi::test::registeredTestClasses())
        registered.insert(entry.name);
    int status = 0;
    for (const auto& name : registered) {
        if (!expected.count(name)) {
            std::fprintf(stderr, "%s is built but ctest does not run it (add pvi_add_test)\n",
                         name.c_str());
            status = 1;
        }
    }
    for (const auto& name : expected) {
        if (!registered.count(name)) {
            std::fprintf(stderr, "%s is given to ctest but not registered (PVI_TEST_CLASS)\n",
                         name.c_str());
            status = 1;
        }
    }
    return status;
}

int runClass(const pvi::test::RegisteredTest& entry, std::vector<char*> arguments) {
    const std::unique_ptr<QObject> test = entry.create();
    return QTest::qExec(test.get(), static_cast<int>(arguments.size()), arguments.data());
}

} // namespace

int main(int argc, char** argv) {
#ifdef PVI_TEST_GUI
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
#else
    QCoreApplication app(argc, argv);
#endif
    const auto& classes = pvi::test::registeredTestClasses();
    std::vector<char*> arguments{argv[0]};
    const char* wanted = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (i == 1 && argv[i][0] != '-')
            wanted = argv[i];
        else
            arguments.push_back(argv[i]);
    }
    if (argc == 2 && std::strcmp(argv[1], "--list-classes") == 0) {
        for (const auto& entry : classes)
            std::printf("%s\n", entry.name);
        return 0;
    }
    if (argc >= 2 && std::strcmp(argv[1], "--check-classes") == 0)
        return checkClasses(std::set<std::string>(argv + 2, argv + argc));
    if (wanted) {
        for (const auto& entry : classes) {
            if (std::strcmp(entry.name, wanted) == 0)
                return runClass(entry, arguments);
        }
        std::fprintf(stderr, "%s: no test class %s (--list-classes lists them)\n", argv[0], wanted);
        return 2;
    }
    int failed = 0;
    for (const auto& entry : classes)
        failed += runClass(entry, arguments) != 0 ? 1 : 0;
    return failed;
}
