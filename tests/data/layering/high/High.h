#pragma once
// The upper layer: it may include Low.h.
#include "Low.h"
struct High {};
