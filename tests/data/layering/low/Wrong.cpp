// The lower layer reaching up: the check must name this line.
#include "Low.h"
#include "High.h"
