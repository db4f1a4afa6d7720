#pragma once
// The two-arm comparisons in one include: rate tests, Welch's t-test and lifts with intervals.

#include "stats/lift.h"
#include "stats/proportion_tests.h"
#include "stats/welch_t_test.h"
