package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicencePlateDetectorTest {

    private final LicencePlateDetector detector = new LicencePlateDetector();

    @Test
    void platesKeepTheirProvince() {
        assertThat(Found.by(detector, "驾驶赣A·12345小型轿车")).containsExactly("A·12345");
        assertThat(Found.by(detector, "号牌为赣AD12345的新能源汽车")).containsExactly("AD12345");
        assertThat(Found.by(detector, "粤B8C8D8号车辆")).containsExactly("B8C8D8");
        assertThat(Found.by(detector, "赣C12345挂车")).containsExactly("C12345挂");
    }

    @Test
    void lookAlikesStay() {
        assertThat(Found.by(detector, "京ICP备12345678号")).isEmpty();
        assertThat(Found.by(detector, "赣药监罚〔2024〕12号")).isEmpty();
        assertThat(Found.by(detector, "赣ABCDE")).as("too few digits").isEmpty();
        assertThat(Found.by(detector, "赣A123456789")).as("too long").isEmpty();
        assertThat(Found.by(detector, "使用登记证编号：梯11赣A32495（19）")).as("equipment registration").isEmpty();
    }
}
