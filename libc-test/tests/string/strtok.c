// strtok strtok_r strsep: state, empty fields, exhausted state.
// rcc-test: cflags=-fno-builtin
#define _GNU_SOURCE
#include <string.h>
#include <t.h>

int main(void)
{
	char s1[] = "  alpha, beta;;gamma  ";
	T_EQ_STR(strtok(s1, " ,;"), "alpha");
	T_EQ_STR(strtok(NULL, " ,;"), "beta");
	T_EQ_STR(strtok(NULL, ";"), ";gamma  " + 1); /* delimiters may change between calls */
	T_EQ_PTR(strtok(NULL, " "), NULL);
	T_EQ_PTR(strtok(NULL, " "), NULL); /* stays exhausted */

	char s2[] = ",,,";
	T_EQ_PTR(strtok(s2, ","), NULL); /* only delimiters */
	char s3[] = "";
	T_EQ_PTR(strtok(s3, ","), NULL);
	char s4[] = "one";
	T_EQ_PTR(strtok(s4, ""), s4); /* empty delimiter set: whole string */
	T_EQ_PTR(strtok(NULL, ""), NULL);
	char s5[] = "a:b";
	char *t = strtok(s5, ":");
	T_EQ_PTR(t, s5);
	T_EQ_INT(s5[1], 0); /* the delimiter was overwritten */
	T_EQ_PTR(strtok(NULL, ":"), s5 + 2);

	/* strtok_r: two interleaved tokenizations keep independent state. */
	char a[] = "1 2 3", b[] = "x,y";
	char *sa, *sb;
	T_EQ_STR(strtok_r(a, " ", &sa), "1");
	T_EQ_STR(strtok_r(b, ",", &sb), "x");
	T_EQ_STR(strtok_r(NULL, " ", &sa), "2");
	T_EQ_STR(strtok_r(NULL, ",", &sb), "y");
	T_EQ_STR(strtok_r(NULL, " ", &sa), "3");
	T_EQ_PTR(strtok_r(NULL, ",", &sb), NULL);
	T_EQ_PTR(strtok_r(NULL, " ", &sa), NULL);

	/* strsep: empty fields are returned, the pointer becomes NULL at the end. */
	char c[] = "a,,b,";
	char *p = c;
	T_EQ_STR(strsep(&p, ","), "a");
	T_EQ_PTR(p, c + 2);
	T_EQ_STR(strsep(&p, ","), "");
	T_EQ_STR(strsep(&p, ","), "b");
	T_EQ_STR(strsep(&p, ","), "");
	T_EQ_PTR(p, NULL);
	T_EQ_PTR(strsep(&p, ","), NULL);
	char e[] = "x y";
	p = e;
	T_EQ_PTR(strsep(&p, ""), e); /* no delimiters: whole string, then NULL */
	T_EQ_PTR(p, NULL);
	char f[] = "k=v;w";
	p = f;
	T_EQ_STR(strsep(&p, ";="), "k");
	T_EQ_STR(strsep(&p, ";="), "v");
	T_EQ_STR(strsep(&p, ";="), "w");
	return t_status();
}
