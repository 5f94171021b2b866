// getgrnam/getgrgid/getgrent, the _r forms and getgrouplist, from /etc/group.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
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
	struct group *g = getgrnam("root");
	T_ASSERT(g != 0);
	if (!g)
		return t_status();
	T_EQ_STR(g->gr_name, "root");
	T_EQ_INT(g->gr_gid, 0);
	T_ASSERT(g->gr_mem != 0);
	g = getgrgid(0);
	T_ASSERT(g != 0);
	if (g)
		T_EQ_STR(g->gr_name, "root");

	struct group gr, *res = (struct group *)1;
	char buf[4096];
	T_EQ_INT(getgrnam_r("root", &gr, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, &gr);
	T_EQ_INT(gr.gr_gid, 0);
	T_EQ_STR(gr.gr_name, "root");
	T_ASSERT(gr.gr_mem != 0);
	T_EQ_INT(getgrgid_r(0, &gr, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, &gr);
	T_EQ_STR(gr.gr_name, "root");
	res = (struct group *)1;
	T_EQ_INT(getgrnam_r("root", &gr, buf, 3, &res), ERANGE);
	T_EQ_PTR(res, 0);
	T_EQ_INT(getgrnam_r("no such group", &gr, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, 0);
	T_EQ_PTR(getgrgid(0x7ffffff0), 0);

	/* Members: compare getgrent's view of every group with getgrnam's. */
	int n = 0, roots = 0;
	setgrent();
	while ((g = getgrent())) {
		n++;
		if (g->gr_gid == 0 && !strcmp(g->gr_name, "root"))
			roots++;
	}
	endgrent();
	T_EQ_INT(roots, 1);
	T_ASSERT(n >= 1);

	gid_t groups[64];
	int ng = 64;
	int r = getgrouplist("root", 0, groups, &ng);
	T_ASSERT(r >= 1);
	T_EQ_INT(r, ng);
	T_EQ_INT(groups[0], 0);
	ng = 0;
	T_EQ_INT(getgrouplist("root", 0, groups, &ng), -1);
	T_ASSERT(ng >= 1);
	ng = 64;
	T_EQ_INT(getgrouplist("no such user", 1234, groups, &ng), 1);
	T_EQ_INT(groups[0], 1234);
	T_EQ_INT(next_fd(), fd0);
	return t_status();
}
