// fnmatch: *, ?, bracket expressions (ranges, ! and ^, ] first, - at the ends, classes),
// escapes, FNM_PATHNAME FNM_NOESCAPE FNM_PERIOD FNM_LEADING_DIR FNM_CASEFOLD.
#define _GNU_SOURCE
#include <fnmatch.h>
#include <t.h>

static const struct { const char *p, *s; int flags, match; } cases[] = {
	{ "", "", 0, 1 },
	{ "", "a", 0, 0 },
	{ "abc", "abc", 0, 1 },
	{ "abc", "abd", 0, 0 },
	{ "a?c", "abc", 0, 1 },
	{ "a?c", "ac", 0, 0 },
	{ "*", "", 0, 1 },
	{ "*", "anything", 0, 1 },
	{ "*.c", "main.c", 0, 1 },
	{ "*.c", "main.h", 0, 0 },
	{ "a*b*c", "aXXbYYbc", 0, 1 },
	{ "a*b*c", "aXXbYYbcd", 0, 0 },
	{ "*a*a*a*", "aaa", 0, 1 },
	{ "*a*a*a*a", "aaa", 0, 0 },
	{ "[abc]", "b", 0, 1 },
	{ "[abc]", "d", 0, 0 },
	{ "[a-c]x", "bx", 0, 1 },
	{ "[!a-c]x", "bx", 0, 0 },
	{ "[!a-c]x", "dx", 0, 1 },
	{ "[^a-c]x", "dx", 0, 1 },
	{ "[]]", "]", 0, 1 },
	{ "[]a]", "a", 0, 1 },
	{ "[!]]", "]", 0, 0 },
	{ "[!]]", "x", 0, 1 },
	{ "[a-]", "-", 0, 1 },
	{ "[-a]", "-", 0, 1 },
	{ "[0-9][0-9]", "42", 0, 1 },
	{ "[[:alpha:]]*", "x1", 0, 1 },
	{ "[[:alpha:]]*", "1x", 0, 0 },
	{ "[[:digit:][:upper:]]", "Q", 0, 1 },
	{ "[[:space:]]", " ", 0, 1 },
	{ "[[:punct:]]", "!", 0, 1 },
	{ "[[:xdigit:]]", "g", 0, 0 },
	{ "[![:lower:]]", "A", 0, 1 },
	{ "\\*", "*", 0, 1 },
	{ "\\*", "x", 0, 0 },
	{ "\\a\\b", "ab", 0, 1 },
	{ "\\*", "\\x", FNM_NOESCAPE, 1 },
	{ "\\*", "*", FNM_NOESCAPE, 0 },
	{ "\\*", "\\xyz", FNM_NOESCAPE, 1 },
	{ "*", "a/b", 0, 1 },
	{ "a?b", "a/b", 0, 1 },
	{ "*", "a/b", FNM_PATHNAME, 0 },
	{ "a?b", "a/b", FNM_PATHNAME, 0 },
	{ "a[/]b", "a/b", FNM_PATHNAME, 0 },
	{ "*/*", "a/b", FNM_PATHNAME, 1 },
	{ "a/*/c", "a/b/c", FNM_PATHNAME, 1 },
	{ "a/*/c", "a/b/x/c", FNM_PATHNAME, 0 },
	{ "a/*", "a/", FNM_PATHNAME, 1 },
	{ "*", ".hidden", 0, 1 },
	{ "*", ".hidden", FNM_PERIOD, 0 },
	{ "?hidden", ".hidden", FNM_PERIOD, 0 },
	{ "[.]hidden", ".hidden", FNM_PERIOD, 0 },
	{ ".*", ".hidden", FNM_PERIOD, 1 },
	{ "a/*", "a/.x", FNM_PERIOD, 1 },
	{ "a/*", "a/.x", FNM_PATHNAME | FNM_PERIOD, 0 },
	{ "a/.*", "a/.x", FNM_PATHNAME | FNM_PERIOD, 1 },
	{ "*x", "a/.x", FNM_PERIOD, 1 },
	{ "a", "a/b/c", FNM_LEADING_DIR, 1 },
	{ "a/b", "a/b/c", FNM_PATHNAME | FNM_LEADING_DIR, 1 },
	{ "a*", "abc/d", FNM_PATHNAME | FNM_LEADING_DIR, 1 },
	{ "a", "ab/c", FNM_LEADING_DIR, 0 },
	{ "ABC", "abc", FNM_CASEFOLD, 1 },
	{ "abc", "ABC", FNM_CASEFOLD, 1 },
	{ "ABC", "abc", 0, 0 },
	{ "[A-C]x", "bX", FNM_CASEFOLD, 1 },
	{ "*.TXT", "read.me.txt", FNM_CASEFOLD, 1 },
};

int main(void)
{
	for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int r = fnmatch(cases[i].p, cases[i].s, cases[i].flags);
		int want = cases[i].match ? 0 : FNM_NOMATCH;
		if (r != want) {
			t_puts("case ");
			t_putnum(i);
			t_puts(": ");
			t_puts(cases[i].p);
			t_puts(" vs ");
			t_puts(cases[i].s);
			t_puts("\n");
		}
		T_EQ_INT(r, want);
	}
	T_EQ_INT(FNM_FILE_NAME, FNM_PATHNAME);
	return t_status();
}
