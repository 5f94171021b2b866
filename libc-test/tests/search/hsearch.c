/* hsearch: ENTER and FIND, duplicates, many entries, the reentrant GNU variant. */
#define _GNU_SOURCE
#include <errno.h>
#include <search.h>
#include <string.h>
#include "t.h"

static char names[2000][8];

int main(void)
{
	T_ASSERT(hcreate(16) != 0);
	ENTRY e = {"alpha", (void *)1}, *r;
	r = hsearch(e, ENTER);
	T_ASSERT(r != 0);
	T_EQ_STR(r->key, "alpha");
	e.key = "beta";
	e.data = (void *)2;
	T_ASSERT(hsearch(e, ENTER) != 0);

	/* ENTER of an existing key returns the existing entry unchanged */
	char again[] = "alpha";
	e.key = again;
	e.data = (void *)9;
	r = hsearch(e, ENTER);
	T_ASSERT(r != 0);
	T_EQ_PTR(r->data, (void *)1);

	e.key = "beta";
	r = hsearch(e, FIND);
	T_ASSERT(r != 0);
	T_EQ_PTR(r->data, (void *)2);
	e.key = "gamma";
	T_ASSERT(hsearch(e, FIND) == 0);
	hdestroy();

	/* a table sized for the entries holds them all, and finds each */
	T_ASSERT(hcreate(2000) != 0);
	int fails = 0;
	for (int i = 0; i < 2000; i++) {
		names[i][0] = 'k';
		names[i][1] = (char)('0' + i / 1000);
		names[i][2] = (char)('0' + i / 100 % 10);
		names[i][3] = (char)('0' + i / 10 % 10);
		names[i][4] = (char)('0' + i % 10);
		ENTRY x = {names[i], (void *)(long)i};
		if (!hsearch(x, ENTER))
			fails++;
	}
	T_EQ_INT(fails, 0);
	for (int i = 0; i < 2000; i++) {
		ENTRY x = {names[i], 0};
		r = hsearch(x, FIND);
		if (!r || r->data != (void *)(long)i)
			fails++;
	}
	T_EQ_INT(fails, 0);
	hdestroy();

	/* a full table: glibc refuses more than nel entries, musl grows */
	T_ASSERT(hcreate(4) != 0);
	int entered = 0;
	for (int i = 0; i < 50; i++) {
		ENTRY x = {names[i], 0};
		if (hsearch(x, ENTER))
			entered++;
	}
#ifdef __GLIBC__
	T_ASSERT(entered < 50);
#else
	T_EQ_INT(entered, 50);
#endif
	hdestroy();

	struct hsearch_data h;
	memset(&h, 0, sizeof h);
	T_ASSERT(hcreate_r(10, &h) != 0);
	ENTRY y = {"one", (void *)11};
	T_ASSERT(hsearch_r(y, ENTER, &r, &h) != 0);
	T_EQ_STR(r->key, "one");
	y.key = "two";
	errno = 0;
	T_EQ_INT(hsearch_r(y, FIND, &r, &h), 0);
	T_ASSERT(r == 0);
	y.key = "one";
	T_ASSERT(hsearch_r(y, FIND, &r, &h) != 0);
	T_EQ_PTR(r->data, (void *)11);
	hdestroy_r(&h);
	return t_status();
}
