package cn.zfgs.portal.site;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest {

    @Test
    void theWindowShowsBothEndsAndTheNeighbourhoodWithGaps() {
        Paging p = new Paging(10, 20, 20 * 30, "/decisions", "type=PENALTY&");
        assertThat(p.pages()).isEqualTo(30);
        assertThat(p.offset()).isEqualTo(180);
        assertThat(p.window()).containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 30);
        assertThat(p.next()).isEqualTo("/decisions?type=PENALTY&page=11");
    }

    @Test
    void anEmptyListStillHasOnePage() {
        Paging p = new Paging(1, 20, 0, "/decisions", "");
        assertThat(p.pages()).isEqualTo(1);
        assertThat(p.hasNext()).isFalse();
        assertThat(p.hasPrevious()).isFalse();
        assertThat(p.window()).containsExactly(1);
    }
}
