// shm_open/shm_unlink round trip through /dev/shm; O_EXCL; bad names are EINVAL;
// a long name is ENAMETOOLONG.
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <t.h>

int main(void)
{
	char name[64] = "/rcc-shm-test-";
	long pid = getpid();
	int n = 14;
	char digits[20];
	int k = 0;
	do digits[k++] = (char)('0' + pid % 10); while (pid /= 10);
	while (k) name[n++] = digits[--k];
	name[n] = 0;

	int fd = shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600);
	T_ASSERT(fd >= 0);
	T_EQ_INT(fcntl(fd, F_GETFD), FD_CLOEXEC);
	T_EQ_INT(ftruncate(fd, 4096), 0);
	int *p = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	T_ASSERT(p != MAP_FAILED);
	p[0] = 42;
	int fd2 = shm_open(name + 1, O_RDONLY, 0);
	T_ASSERT(fd2 >= 0);
	int v = 0;
	T_EQ_INT(pread(fd2, &v, sizeof v, 0), sizeof v);
	T_EQ_INT(v, 42);
	errno = 0;
	T_EQ_INT(shm_open(name, O_RDWR | O_CREAT | O_EXCL, 0600), -1);
	T_EQ_INT(errno, EEXIST);
	T_EQ_INT(shm_unlink(name), 0);
	errno = 0;
	T_EQ_INT(shm_unlink(name), -1);
	T_EQ_INT(errno, ENOENT);
	errno = 0;
	T_EQ_INT(shm_open(name, O_RDONLY, 0), -1);
	T_EQ_INT(errno, ENOENT);
	munmap(p, 4096);
	close(fd);
	close(fd2);

	static const char *bad[] = {"", "/", "/a/b", "a/", "/.", "/.."};
	for (unsigned i = 0; i < sizeof bad / sizeof *bad; i++) {
		errno = 0;
		T_EQ_INT(shm_open(bad[i], O_RDWR | O_CREAT, 0600), -1);
		T_EQ_INT(errno, EINVAL);
		errno = 0;
		T_EQ_INT(shm_unlink(bad[i]), -1);
#ifdef __GLIBC__
		/* glibc reports a bad name to shm_unlink as ENOENT (EISDIR for "." and ".."). */
		T_ASSERT(errno == ENOENT || errno == EISDIR);
#else
		T_EQ_INT(errno, EINVAL);
#endif
	}
	char longname[300];
	longname[0] = '/';
	for (int i = 1; i < 299; i++)
		longname[i] = 'x';
	longname[299] = 0;
	errno = 0;
	T_EQ_INT(shm_open(longname, O_RDWR | O_CREAT, 0600), -1);
#ifdef __GLIBC__
	T_EQ_INT(errno, EINVAL); /* glibc folds over-long names into EINVAL */
#else
	T_EQ_INT(errno, ENAMETOOLONG);
#endif
	return t_status();
}
