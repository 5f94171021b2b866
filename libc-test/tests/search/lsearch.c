// lsearch lfind insque remque.
#define _GNU_SOURCE
#include <search.h>
#include <t.h>

static int cmp(const void *a, const void *b)
{
	return *(const int *)a != *(const int *)b;
}

struct node { struct node *next, *prev; int v; };

int main(void)
{
	int tab[8] = { 3, 1, 4 };
	size_t n = 3;
	int k = 4;
	T_EQ_PTR(lfind(&k, tab, &n, sizeof tab[0], cmp), tab + 2);
	k = 9;
	T_EQ_PTR(lfind(&k, tab, &n, sizeof tab[0], cmp), 0);
	T_EQ_INT(n, 3);
	T_EQ_PTR(lsearch(&k, tab, &n, sizeof tab[0], cmp), tab + 3);
	T_EQ_INT(n, 4);
	T_EQ_INT(tab[3], 9);
	T_EQ_PTR(lsearch(&k, tab, &n, sizeof tab[0], cmp), tab + 3);
	T_EQ_INT(n, 4);

	struct node a = { 0, 0, 1 }, b = { 0, 0, 2 }, c = { 0, 0, 3 };
	insque(&a, 0);
	T_EQ_PTR(a.next, 0);
	T_EQ_PTR(a.prev, 0);
	insque(&c, &a);
	insque(&b, &a);
	T_EQ_PTR(a.next, &b);
	T_EQ_PTR(b.next, &c);
	T_EQ_PTR(c.prev, &b);
	T_EQ_PTR(b.prev, &a);
	T_EQ_PTR(c.next, 0);
	remque(&b);
	T_EQ_PTR(a.next, &c);
	T_EQ_PTR(c.prev, &a);
	remque(&a);
	T_EQ_PTR(c.prev, 0);

	/* A circular queue. */
	struct node h = { &h, &h, 0 }, x = { 0, 0, 5 };
	insque(&x, &h);
	T_EQ_PTR(h.next, &x);
	T_EQ_PTR(h.prev, &x);
	T_EQ_PTR(x.next, &h);
	remque(&x);
	T_EQ_PTR(h.next, &h);
	T_EQ_PTR(h.prev, &h);
	return t_status();
}
