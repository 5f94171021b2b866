// sysconf, pathconf, fpathconf, confstr, getpagesize, ids, process groups, hostname, tty.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <t.h>

int main(void)
{
	T_EQ_INT(sysconf(_SC_PAGESIZE), 4096);
	T_EQ_INT(sysconf(_SC_PAGE_SIZE), getpagesize());
	T_EQ_INT(sysconf(_SC_CLK_TCK), 100);
	T_EQ_INT(sysconf(_SC_VERSION), 200809);
	T_EQ_INT(sysconf(_SC_IOV_MAX), 1024);
	T_EQ_INT(sysconf(_SC_NZERO), 20);
	T_EQ_INT(sysconf(_SC_XOPEN_VERSION), 700);
	T_ASSERT(sysconf(_SC_ARG_MAX) >= 4096);
	long on = sysconf(_SC_NPROCESSORS_ONLN);
	T_ASSERT(on >= 1);
	T_ASSERT(sysconf(_SC_NPROCESSORS_CONF) >= on);
	T_EQ_INT(get_nprocs(), on);
	long pages = sysconf(_SC_PHYS_PAGES);
	T_ASSERT(pages > 1000);
	T_ASSERT(sysconf(_SC_AVPHYS_PAGES) <= pages);
	T_EQ_INT(get_phys_pages(), pages);
	struct rlimit rl;
	T_EQ_INT(getrlimit(RLIMIT_NOFILE, &rl), 0);
	T_EQ_INT(sysconf(_SC_OPEN_MAX), (long)rl.rlim_cur);
	rl.rlim_cur = 64;
	T_EQ_INT(setrlimit(RLIMIT_NOFILE, &rl), 0);
	T_EQ_INT(sysconf(_SC_OPEN_MAX), 64);
	errno = 0;
	T_EQ_INT(getrlimit(99, &rl), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sysconf(-1), -1);
	T_EQ_INT(errno, EINVAL);
	errno = 0;
	T_EQ_INT(sysconf(10000), -1);
	T_EQ_INT(errno, EINVAL);

	T_EQ_INT(pathconf(".", _PC_NAME_MAX), 255);
	T_EQ_INT(fpathconf(0, _PC_PATH_MAX), 4096);
	T_EQ_INT(fpathconf(0, _PC_PIPE_BUF), 4096);
	errno = 0;
	T_EQ_INT(fpathconf(0, 1000), -1);
	T_EQ_INT(errno, EINVAL);

	char buf[64];
	unsigned long n = confstr(_CS_PATH, buf, sizeof buf);
	T_ASSERT(n > 1 && n == t_len(buf) + 1);
	T_EQ_INT(buf[0], '/');
	T_EQ_INT(confstr(_CS_PATH, 0, 0), n);
	T_EQ_INT(confstr(_CS_PATH, buf, 3), n);
	T_EQ_INT(buf[2], 0);

	uid_t r, e, s;
	T_EQ_INT(getresuid(&r, &e, &s), 0);
	T_EQ_INT(r, getuid());
	T_EQ_INT(e, geteuid());
	gid_t gr, ge, gs;
	T_EQ_INT(getresgid(&gr, &ge, &gs), 0);
	T_EQ_INT(gr, getgid());
	T_EQ_INT(ge, getegid());
	T_EQ_INT(seteuid(geteuid()), 0);
	T_EQ_INT(setegid(getegid()), 0);
	T_ASSERT(getgroups(0, 0) >= 0);
	errno = 0;
	T_EQ_INT(getpgid(-5), -1);
	T_EQ_INT(errno, ESRCH);
	T_EQ_INT(getpgrp(), getpgid(0));
	/* A process started by a container runtime may sit in session 0 (no
	 * setsid() anywhere above it), so only the consistency is checked. */
	T_ASSERT(getsid(0) >= 0);
	T_EQ_INT(getsid(0), getsid(getpid()));
	errno = 0;
	T_EQ_INT(getsid(-5), -1);
	T_EQ_INT(errno, ESRCH);

	struct utsname u;
	T_EQ_INT(uname(&u), 0);
	T_EQ_STR(u.sysname, "Linux");
	char host[300];
	T_EQ_INT(gethostname(host, sizeof host), 0);
	T_EQ_STR(host, u.nodename);
	struct sysinfo si;
	T_EQ_INT(sysinfo(&si), 0);
	T_ASSERT(si.totalram > 0 && si.mem_unit > 0);

	int nv = nice(0);
	T_ASSERT(nv >= -20 && nv <= 19);
	T_EQ_INT(nice(1), nv < 19 ? nv + 1 : 19);

	/* stdin is /dev/null: not a terminal. */
	errno = 0;
	T_EQ_INT(isatty(0), 0);
	T_EQ_INT(errno, ENOTTY);
	errno = 0;
	T_EQ_INT(isatty(-1), 0);
	T_EQ_INT(errno, EBADF);
	T_ASSERT(ttyname(0) == 0);
	T_EQ_INT(errno, ENOTTY);
	T_EQ_INT(ttyname_r(0, buf, sizeof buf), ENOTTY);
	errno = 0;
	T_EQ_INT(tcgetpgrp(0), -1);
	T_EQ_INT(errno, ENOTTY);

	T_EQ_INT(alarm(100), 0);
	T_EQ_INT(alarm(0), 100);
	T_EQ_INT(sleep(0), 0);
	T_EQ_INT(usleep(1000), 0);
	return t_status();
}
