// Four threads write lines to one stream: each fputs is atomic, so no line is torn;
// flockfile groups several calls.
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "t.h"

#define LINES 2000
static FILE *f;

static void *writer(void *arg)
{
	char line[80];
	int id = (int)(long)arg;
	memset(line, 'a' + id, sizeof line);
	line[70] = '\n';
	line[71] = 0;
	for (int i = 0; i < LINES; i++) {
		if (i % 100 == 0) {
			flockfile(f);
			fputc('A' + id, f);
			fputs(line + 1, f);
			funlockfile(f);
		} else {
			fputs(line, f);
		}
	}
	return 0;
}

int main(void)
{
	f = fopen("t.txt", "w");
	T_ASSERT(f != NULL);
	pthread_t t[4];
	for (long i = 0; i < 4; i++)
		T_EQ_INT(pthread_create(&t[i], 0, writer, (void *)i), 0);
	for (int i = 0; i < 4; i++)
		pthread_join(t[i], 0);
	T_EQ_INT(fclose(f), 0);

	f = fopen("t.txt", "r");
	char buf[128];
	int count = 0, bad = 0;
	while (fgets(buf, sizeof buf, f)) {
		count++;
		if (strlen(buf) != 71) {
			bad++;
			continue;
		}
		char c = buf[1];
		for (int i = 1; i < 70; i++)
			if (buf[i] != c)
				bad++;
		if (buf[0] != c && buf[0] != c - 'a' + 'A')
			bad++;
	}
	T_EQ_INT(count, 4 * LINES);
	T_EQ_INT(bad, 0);
	fclose(f);

	/* ftrylockfile is recursive for the owner and fails for others. */
	flockfile(stdout);
	T_EQ_INT(ftrylockfile(stdout), 0);
	funlockfile(stdout);
	funlockfile(stdout);
	return t_status();
}
