/* sys/poll.h - the historical name of <poll.h> (rcc). */
#include <poll.h>
