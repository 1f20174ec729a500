package cn.zfgs.portal.site;

import java.util.ArrayList;
import java.util.List;

/**
 * 分页 — page numbers over a list in a fixed total order (newest first, then by id), so page N shows the same rows
 * for as long as nothing is published; a page past the end is a 404 rather than an empty page.
 *
 * @param query the other query parameters, already encoded, to keep on the page links (e.g. {@code type=PENALTY&})
 */
public record Paging(int page, int size, long total, String path, String query) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int offset() {
        return (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public String href(int n) {
        return path + "?" + query + "page=" + n;
    }

    public String previous() {
        return href(page - 1);
    }

    public String next() {
        return href(page + 1);
    }

    /** The page numbers to offer: first, last, and two on either side of this one; 0 stands for a gap. */
    public List<Integer> window() {
        List<Integer> numbers = new ArrayList<>();
        int last = pages();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= 2) {
                numbers.add(n);
            } else if (numbers.get(numbers.size() - 1) != 0) {
                numbers.add(0);
            }
        }
        return numbers;
    }
}
