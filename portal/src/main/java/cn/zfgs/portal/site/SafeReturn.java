package cn.zfgs.portal.site;

/** Where a preference switch may send the reader back to: a path on this site, never another host. */
final class SafeReturn {

    private static final int MAX_LENGTH = 500;

    private SafeReturn() {
    }

    static String path(String candidate) {
        if (candidate == null || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")
                || candidate.startsWith("//") || candidate.startsWith("/\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return candidate;
    }
}
