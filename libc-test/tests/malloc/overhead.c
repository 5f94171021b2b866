// Small objects cost at most 16 bytes of overhead each (issue 5: 16-64 B objects, as
// glibc and musl): 50000 blocks of each size from 16 to 64 B are allocated and written,
// and the resident size (/proc/self/statm) grows by at most 50000 * (size + 16) bytes
// plus a fixed 512 KiB allowance for metadata and partly used pages.
#include <t.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define COUNT 50000

static long rss_bytes(void)
{
	char buf[128];
	int fd = open("/proc/self/statm", O_RDONLY);
	if (fd < 0)
		return -1;
	long n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	char *p = buf;
	while (*p && *p != ' ')
		p++;
	return strtol(p, 0, 10) * sysconf(_SC_PAGESIZE);
}

static void *v[COUNT];

int main(void)
{
	memset(v, 1, sizeof v); /* make the pointer array itself resident first */
	for (size_t n = 16; n <= 64; n += 8) {
		long before = rss_bytes();
		for (int i = 0; i < COUNT; i++) {
			v[i] = malloc(n);
			T_ASSERT(v[i] != 0);
			memset(v[i], 0x33, n);
		}
		long grew = rss_bytes() - before;
		long limit = (long)COUNT * (long)(n + 16) + 512 * 1024;
		if (before < 0 || grew > limit) {
			t_err("size ");
			t_errnum((long long)n);
			t_err(": rss grew by ");
			t_errnum(grew);
			t_err(" bytes, limit ");
			t_errnum(limit);
			t_err("\n");
			T_ASSERT(grew <= limit);
		}
		for (int i = 0; i < COUNT; i++)
			free(v[i]);
	}
	return t_status();
}
