// getspnam/getspnam_r for root (the tests run as root).
#include <errno.h>
#include <shadow.h>
#include <string.h>
#include <unistd.h>
#include "t.h"

int main(void)
{
	if (geteuid() != 0) {
		t_err("not root; skipped\n");
		return 0;
	}
	struct spwd *sp = getspnam("root");
	T_ASSERT(sp != 0);
	if (sp) {
		T_EQ_STR(sp->sp_namp, "root");
		T_ASSERT(sp->sp_pwdp != 0);
		T_ASSERT(sp->sp_lstchg >= -1);
	}
	struct spwd s, *res = (struct spwd *)1;
	char buf[1024];
	T_EQ_INT(getspnam_r("root", &s, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, &s);
	T_EQ_STR(s.sp_namp, "root");
	T_EQ_INT(getspnam_r("root", &s, buf, 8, &res), ERANGE);
	T_EQ_PTR(res, 0);
	T_EQ_INT(getspnam_r("no-such-user", &s, buf, sizeof buf, &res), 0);
	T_EQ_PTR(res, 0);
	T_EQ_PTR(getspnam("no-such-user"), 0);
	return t_status();
}
