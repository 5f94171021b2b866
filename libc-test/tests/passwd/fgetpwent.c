// putpwent/fgetpwent, putgrent/fgetgrent, putspent/fgetspent: entries written to a file
// read back field by field; malformed lines are skipped; end of file gives null; a
// read-only stream makes every put fail.
#define _GNU_SOURCE
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <shadow.h>
#include <stdio.h>
#include <string.h>
#include <t.h>

int main(void)
{
	FILE *f = fopen("passwd", "w");
	T_ASSERT(f != NULL);
	struct passwd pw = { "alice", "x", 1001, 1002, "Alice A", "/home/alice", "/bin/sh" };
	T_EQ_INT(putpwent(&pw, f), 0);
	fputs("broken line\n", f);
	struct passwd pw2 = { "bob", "", 7, 0, "", "/", "" };
	T_EQ_INT(putpwent(&pw2, f), 0);
	T_EQ_INT(fclose(f), 0);

	f = fopen("passwd", "r");
	char line[128];
	T_ASSERT(fgets(line, sizeof line, f) != NULL);
	T_EQ_STR(line, "alice:x:1001:1002:Alice A:/home/alice:/bin/sh\n");
	rewind(f);
	struct passwd *p = fgetpwent(f);
	T_ASSERT(p != NULL);
	T_EQ_STR(p->pw_name, "alice");
	T_EQ_STR(p->pw_passwd, "x");
	T_EQ_INT(p->pw_uid, 1001);
	T_EQ_INT(p->pw_gid, 1002);
	T_EQ_STR(p->pw_gecos, "Alice A");
	T_EQ_STR(p->pw_dir, "/home/alice");
	T_EQ_STR(p->pw_shell, "/bin/sh");
	p = fgetpwent(f);
	T_ASSERT(p != NULL);
	T_EQ_STR(p->pw_name, "bob");
	T_EQ_INT(p->pw_uid, 7);
	T_EQ_STR(p->pw_shell, "");
	T_ASSERT(fgetpwent(f) == NULL);
	fclose(f);

	f = fopen("group", "w");
	char *mem[] = { "alice", "bob", NULL };
	struct group gr = { "staff", "x", 50, mem };
	T_EQ_INT(putgrent(&gr, f), 0);
	char *none[] = { NULL };
	struct group gr2 = { "empty", "", 51, none };
	T_EQ_INT(putgrent(&gr2, f), 0);
	fclose(f);
	f = fopen("group", "r");
	T_ASSERT(fgets(line, sizeof line, f) != NULL);
	T_EQ_STR(line, "staff:x:50:alice,bob\n");
	T_ASSERT(fgets(line, sizeof line, f) != NULL);
	T_EQ_STR(line, "empty::51:\n");
	rewind(f);
	struct group *g = fgetgrent(f);
	T_ASSERT(g != NULL);
	T_EQ_STR(g->gr_name, "staff");
	T_EQ_INT(g->gr_gid, 50);
	T_ASSERT(g->gr_mem[0] && !strcmp(g->gr_mem[0], "alice"));
	T_ASSERT(g->gr_mem[1] && !strcmp(g->gr_mem[1], "bob"));
	T_ASSERT(g->gr_mem[2] == NULL);
	g = fgetgrent(f);
	T_ASSERT(g != NULL);
	T_EQ_STR(g->gr_name, "empty");
	T_ASSERT(g->gr_mem[0] == NULL);
	T_ASSERT(fgetgrent(f) == NULL);
	fclose(f);

	f = fopen("shadow", "w");
	struct spwd sp = { "alice", "$6$salt$hash", 19000, 0, 99999, 7, -1, -1, (unsigned long)-1 };
	T_EQ_INT(putspent(&sp, f), 0);
	fclose(f);
	f = fopen("shadow", "r");
	T_ASSERT(fgets(line, sizeof line, f) != NULL);
	T_EQ_STR(line, "alice:$6$salt$hash:19000:0:99999:7:::\n");
	rewind(f);
	struct spwd *s = fgetspent(f);
	T_ASSERT(s != NULL);
	T_EQ_STR(s->sp_namp, "alice");
	T_EQ_STR(s->sp_pwdp, "$6$salt$hash");
	T_EQ_INT(s->sp_lstchg, 19000);
	T_EQ_INT(s->sp_max, 99999);
	T_EQ_INT(s->sp_inact, -1);
	T_EQ_INT(s->sp_expire, -1);
	T_ASSERT(s->sp_flag == (unsigned long)-1);
	T_ASSERT(fgetspent(f) == NULL);
	fclose(f);

	/* A stream open for reading only: every put fails; an empty file has no entry. */
	f = fopen("passwd", "r");
	T_EQ_INT(putpwent(&pw, f), -1);
	T_EQ_INT(putgrent(&gr, f), -1);
	T_EQ_INT(putspent(&sp, f), -1);
	fclose(f);
	f = fopen("empty", "w+");
	T_ASSERT(fgetpwent(f) == NULL);
	T_ASSERT(fgetgrent(f) == NULL);
	T_ASSERT(fgetspent(f) == NULL);
	fclose(f);
	return t_status();
}
