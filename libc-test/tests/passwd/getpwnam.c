// getpwnam/getpwuid/getpwent and the _r forms, from /etc/passwd (root exists everywhere).
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

static int next_fd(void)
{
	int fd = open("/dev/null", O_RDONLY);
	close(fd);
	return fd;
}

int main(void)
{
	int fd0 = next_fd();
	struct passwd *p = getpwnam("root");
	T_ASSERT(p != 0);
	if (!p)
		return t_status();
	T_EQ_STR(p->pw_name, "root");
	T_EQ_INT(p->pw_uid, 0);
	T_EQ_INT(p->pw_gid, 0);
	T_EQ_STR(p->pw_dir, "/root");
	T_ASSERT(p->pw_shell && p->pw_shell[0] == '/');
	T_ASSERT(p->pw_passwd && p->pw_gecos);
	char shell[256];
	strncpy(shell, p->pw_shell, sizeof shell - 1);
	shell[sizeof shell - 1] = 0;

	struct passwd *q = getpwuid(0);
	T_ASSERT(q != 0);
	if (q) {
		T_EQ_STR(q->pw_name, "root");
		T_EQ_STR(q->pw_shell, shell);
	}

	struct passwd pw, *res = (struct passwd *)1;
	char buf[1024];
	T_EQ_INT(getpwnam_r("root", &pw, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, &pw);
	T_EQ_STR(pw.pw_name, "root");
	T_EQ_STR(pw.pw_shell, shell);
	T_ASSERT(pw.pw_name >= buf && pw.pw_name < buf + sizeof buf);
	T_EQ_INT(getpwuid_r(0, &pw, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, &pw);
	T_EQ_STR(pw.pw_dir, "/root");

	res = (struct passwd *)1;
	T_EQ_INT(getpwnam_r("root", &pw, buf, 4, &res), ERANGE);
	T_EQ_PTR(res, 0);

	res = (struct passwd *)1;
	T_EQ_INT(getpwnam_r("no such user here", &pw, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, 0);
	T_EQ_INT(getpwuid_r(0x7ffffff0, &pw, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, 0);
	T_EQ_PTR(getpwnam("no such user here"), 0);
	T_EQ_PTR(getpwnam(""), 0);

	int roots = 0, n = 0;
	setpwent();
	while ((p = getpwent())) {
		n++;
		if (!strcmp(p->pw_name, "root") && p->pw_uid == 0)
			roots++;
	}
	T_EQ_INT(roots, 1);
	T_ASSERT(n >= 1);
	setpwent();
	p = getpwent();
	T_ASSERT(p != 0);
	endpwent();
	T_EQ_INT(next_fd(), fd0);
	return t_status();
}
