// Descriptors libc opens for itself: after a run of calls that open files internally
// (user, group and shadow databases, sysconf, if_nametoindex, nftw, scandir,
// directories, time zone files, realpath, ttyname, popen, syslog) the descriptor table
// is what it was, and every descriptor libc keeps open (a directory stream, the syslog
// socket) is close-on-exec. (A popen stream is the caller's and not close-on-exec, in
// musl and glibc alike.)
#define _GNU_SOURCE
#include <dirent.h>
#include <ftw.h>
#include <net/if.h>
#include <shadow.h>
#include <sys/sysinfo.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pty.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>
#include <t.h>

#define NFD 256

static int walked;

static int walk(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)path;
	(void)st;
	(void)type;
	(void)ftw;
	walked++;
	return 0;
}

/* Which descriptors below NFD are open. */
static void snapshot(char open_[NFD])
{
	for (int i = 0; i < NFD; i++)
		open_[i] = fcntl(i, F_GETFD) != -1;
}

static int same(const char a[NFD], const char b[NFD])
{
	return memcmp(a, b, NFD) == 0;
}

/* Every descriptor open now and not in `before` has FD_CLOEXEC; the number of them. */
static int new_cloexec(const char before[NFD], int *bad)
{
	int n = 0;
	for (int i = 0; i < NFD; i++) {
		int fl = fcntl(i, F_GETFD);
		if (fl == -1 || before[i])
			continue;
		n++;
		if (!(fl & FD_CLOEXEC))
			++*bad;
	}
	return n;
}

int main(void)
{
	int m, s;
	T_EQ_INT(openpty(&m, &s, NULL, NULL, NULL), 0);
	char before[NFD], after[NFD];
	snapshot(before);
	int bad = 0;

	T_ASSERT(getpwnam("root") != NULL);
	T_ASSERT(getpwuid(0) != NULL);
	getgrnam("root");
	getgrgid(0);
	setpwent();
	T_ASSERT(getpwent() != NULL);
	T_EQ_INT(new_cloexec(before, &bad) <= 1, 1);
	endpwent();
	setgrent();
	getgrent();
	endgrent();
	struct passwd pw, *pp;
	char buf[4096];
	T_EQ_INT(getpwnam_r("root", &pw, buf, sizeof buf, &pp), 0);
	struct group gr, *gp;
	getgrgid_r(0, &gr, buf, sizeof buf, &gp);
	gid_t groups[64];
	int ng = 64;
	getgrouplist("root", 0, groups, &ng);

	getspnam("root");
	T_ASSERT(sysconf(_SC_NPROCESSORS_CONF) >= 1);
	T_ASSERT(sysconf(_SC_NPROCESSORS_ONLN) >= 1);
	T_ASSERT(get_nprocs_conf() >= 1);
	T_ASSERT(if_nametoindex("lo") >= 1);
	T_EQ_INT(mkdir("sub", 0700), 0);
	T_EQ_INT(mkdir("sub/deeper", 0700), 0);
	T_EQ_INT(nftw(".", walk, 4, FTW_PHYS), 0);
	T_EQ_INT(walked, 3);
	struct dirent **names;
	int n = scandir(".", &names, 0, alphasort);
	T_EQ_INT(n, 3);
	while (n > 0)
		free(names[--n]);
	free(names);

	DIR *d = opendir(".");
	T_ASSERT(d != NULL);
	T_EQ_INT(fcntl(dirfd(d), F_GETFD), FD_CLOEXEC);
	while (readdir(d))
		;
	T_EQ_INT(closedir(d), 0);

	T_EQ_INT(setenv("TZ", "Europe/Berlin", 1), 0);
	tzset();
	time_t t = 1700000000;
	struct tm tm;
	T_ASSERT(localtime_r(&t, &tm) != NULL);
	T_EQ_INT(setenv("TZ", "/usr/share/zoneinfo/America/New_York", 1), 0);
	T_ASSERT(localtime(&t) != NULL);
	T_ASSERT(mktime(&tm) != -1);

	char path[PATH_MAX];
	T_ASSERT(realpath("/usr/../etc/./passwd", path) != NULL);
	T_EQ_STR(path, "/etc/passwd");
	T_ASSERT(ttyname(s) != NULL);
	char name[64];
	T_EQ_INT(ttyname_r(s, name, sizeof name), 0);
	T_ASSERT(ttyname(0) == NULL);

	FILE *p = popen("echo hi", "r");
	T_ASSERT(p != NULL);
	char line[16];
	T_ASSERT(fgets(line, sizeof line, p) != NULL);
	T_EQ_STR(line, "hi\n");
	T_EQ_INT(pclose(p), 0);

	openlog("fdleak", LOG_NDELAY, LOG_USER);
	syslog(LOG_DEBUG, "rcc fdleak test");
	T_ASSERT(new_cloexec(before, &bad) <= 1);
	closelog();

	T_EQ_INT(bad, 0);
	snapshot(after);
	T_ASSERT(same(before, after));
	int low = open("/dev/null", O_RDONLY);
	int lowest = 0;
	while (lowest < NFD && before[lowest])
		lowest++;
	T_EQ_INT(low, lowest);
	close(low);
	close(s);
	close(m);
	return t_status();
}
