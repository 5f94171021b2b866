/* libgen.h - path name components, POSIX <libgen.h> (rcc). */
#ifndef _LIBGEN_H
#define _LIBGEN_H

#ifdef __cplusplus
extern "C" {
#endif

char *basename(char *);
char *dirname(char *);

#ifdef __cplusplus
}
#endif

#endif
