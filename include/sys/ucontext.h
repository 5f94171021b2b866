/* sys/ucontext.h - the same as <ucontext.h> (rcc). */
#include <ucontext.h>
