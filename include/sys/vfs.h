/* sys/vfs.h - the BSD name of <sys/statfs.h> (rcc). */
#include <sys/statfs.h>
