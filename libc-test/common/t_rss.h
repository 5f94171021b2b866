/* t_rss.h: the calling process's resident set size, for the malloc tests that check
 * memory goes back to the kernel. Uses open/read/close and sysconf only. */
#ifndef RCC_T_RSS_H
#define RCC_T_RSS_H

#include <fcntl.h>
#include <unistd.h>

/* Resident KiB: the second field of /proc/self/statm (pages) times the page size; -1 if
 * the file cannot be read. */
static inline long t_rss_kib(void)
{
	char buf[128];
	long pages = 0;
	int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	long n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	int i = 0;
	while (buf[i] && buf[i] != ' ')
		i++;
	for (i++; buf[i] >= '0' && buf[i] <= '9'; i++)
		pages = pages * 10 + (buf[i] - '0');
	return pages * (sysconf(_SC_PAGESIZE) / 1024);
}

#endif
