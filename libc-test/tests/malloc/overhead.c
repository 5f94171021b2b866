// Small objects cost at most 16 bytes of overhead each (issue 5: 16-64 B objects, as
// glibc and musl): 50000 blocks of each size from 16 to 64 B are allocated and written,
// and the resident size (/proc/self/statm) grows by at most 50000 * (size + 16) bytes
// plus a fixed 512 KiB allowance for metadata and partly used pages.
#include <t.h>
#include <t_rss.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define COUNT 50000

static void *v[COUNT];

int main(void)
{
	memset(v, 1, sizeof v); /* make the pointer array itself resident first */
	for (size_t n = 16; n <= 64; n += 8) {
		long before = t_rss_kib() * 1024;
		for (int i = 0; i < COUNT; i++) {
			v[i] = malloc(n);
			T_ASSERT(v[i] != 0);
			memset(v[i], 0x33, n);
		}
		long grew = t_rss_kib() * 1024 - before;
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
