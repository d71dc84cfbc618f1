/*
 * Test-only stand-in for bcryptprimitives.dll, used by `make windows-smoke` and never
 * shipped. Go 1.24+ programs call ProcessPrng at start-up, which Wine 8.0 (Debian 12)
 * does not provide; this DLL exports it on top of RtlGenRandom so the check can start
 * the real .exe under Wine.
 */
#include <windows.h>

/* RtlGenRandom is exported by advapi32 under this name. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	/* RtlGenRandom takes a ULONG length; split larger requests. */
	while (length > 0) {
		ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
		if (!SystemFunction036(data, chunk))
			return FALSE;
		data += chunk;
		length -= chunk;
	}
	return TRUE;
}
