// dl_iterate_phdr: some module's PT_LOAD segment (relative to dlpi_addr) contains main's
// code and a global's data; its PT_TLS module id gives the block holding a __thread
// variable; a non-zero callback return stops the walk and is returned.
#define _GNU_SOURCE
#include <t.h>
#include <link.h>

int global_value = 5;
__thread int tls_value = 9;

struct seen {
	int modules, code_found, data_found, tls_ok;
};

static int contains(const struct dl_phdr_info *info, const void *addr)
{
	unsigned long a = (unsigned long)addr;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *p = &info->dlpi_phdr[i];
		unsigned long lo = info->dlpi_addr + p->p_vaddr;
		if (p->p_type == PT_LOAD && a >= lo && a < lo + p->p_memsz)
			return 1;
	}
	return 0;
}

static int visit(struct dl_phdr_info *info, size_t size, void *data)
{
	struct seen *s = data;
	if (size < sizeof *info)
		return -1;
	s->modules++;
	if (contains(info, (const void *)visit))
		s->code_found++;
	if (contains(info, &global_value)) {
		s->data_found++;
		for (int i = 0; i < info->dlpi_phnum; i++)
			if (info->dlpi_phdr[i].p_type == PT_TLS) {
				char *block = info->dlpi_tls_data;
				s->tls_ok = info->dlpi_tls_modid > 0 && block && (char *)&tls_value >= block &&
					(char *)&tls_value < block + info->dlpi_phdr[i].p_memsz;
			}
	}
	return 0;
}

static int stop_at_first(struct dl_phdr_info *info, size_t size, void *data)
{
	(void)info;
	(void)size;
	++*(int *)data;
	return 42;
}

int main(void)
{
	struct seen s = {0};
	T_EQ_INT(dl_iterate_phdr(visit, &s), 0);
	T_ASSERT(s.modules >= 1);
	T_EQ_INT(s.code_found, 1);
	T_EQ_INT(s.data_found, 1);
	T_EQ_INT(s.tls_ok, 1);
	int calls = 0;
	T_EQ_INT(dl_iterate_phdr(stop_at_first, &calls), 42);
	T_EQ_INT(calls, 1);
	return t_status();
}
