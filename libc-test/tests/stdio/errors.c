// Write errors: ENOSPC on /dev/full, EPIPE on a pipe with no reader, EBADF on a closed
// descriptor; all set the error indicator and errno and are reported by fflush/fclose.
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	FILE *f = fopen("/dev/full", "w");
	T_ASSERT(f != NULL);
	T_ASSERT(fputs("data", f) >= 0);
	errno = 0;
	T_EQ_INT(fflush(f), EOF);
	T_EQ_INT(errno, ENOSPC);
	T_ASSERT(ferror(f));
	T_ASSERT(fputs("more", f) >= 0);
	errno = 0;
	T_EQ_INT(fclose(f), EOF);
	T_EQ_INT(errno, ENOSPC);

	/* Unbuffered: the error shows at once. */
	f = fopen("/dev/full", "w");
	setvbuf(f, NULL, _IONBF, 0);
	errno = 0;
	T_EQ_INT(fputc('x', f), EOF);
	T_EQ_INT(errno, ENOSPC);
	T_EQ_INT(fwrite("abc", 1, 3, f), 0);
	fclose(f);

	/* EPIPE: the reader is gone and SIGPIPE is ignored. */
	signal(SIGPIPE, SIG_IGN);
	int p[2];
	T_EQ_INT(pipe(p), 0);
	close(p[0]);
	f = fdopen(p[1], "w");
	T_ASSERT(f != NULL);
	fputs("lost", f);
	errno = 0;
	T_EQ_INT(fflush(f), EOF);
	T_EQ_INT(errno, EPIPE);
	T_ASSERT(ferror(f));
	fclose(f);

	/* EBADF: the descriptor was closed underneath. */
	f = fopen("x.txt", "w");
	close(fileno(f));
	fputs("x", f);
	errno = 0;
	T_EQ_INT(fflush(f), EOF);
	T_EQ_INT(errno, EBADF);
	T_EQ_INT(fclose(f), EOF);
	return t_status();
}
