/* sys/syslog.h - the BSD spelling of <syslog.h> (rcc). */
#include <syslog.h>
