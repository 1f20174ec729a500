package cn.zfgs.content.redaction.detect;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zfgs.content.model.PartyKind;
import org.junit.jupiter.api.Test;

class AddressDetectorTest {

    private final AddressDetector person = new AddressDetector(PartyKind.NATURAL_PERSON);
    private final AddressDetector company = new AddressDetector(PartyKind.LEGAL_PERSON);

    @Test
    void homeAddressesBelowTheCountyProvinceCityAndCountyStay() {
        assertThat(Found.by(person, "住址：江西省南昌市进贤县民和镇李家村委会张家村23号，联系电话"))
                .containsExactly("民和镇李家村委会张家村23号");
        assertThat(Found.by(person, "家住南昌市东湖区八一大道123号。")).containsExactly("八一大道123号");
        assertThat(Found.by(person, "住址为南昌市红谷滩区凤凰中大道1000号万达广场A座2304室；"))
                .containsExactly("凤凰中大道1000号万达广场A座2304室");
        assertThat(Found.by(person, "户籍地：江西省赣州市于都县贡江镇长征路8号3栋2单元501室"))
                .containsExactly("贡江镇长征路8号3栋2单元501室");
    }

    @Test
    void theAddressEndsWhereThePlaceEnds() {
        assertThat(Found.by(person, "在其位于进贤县民和镇李家村的家中存放")).containsExactly("民和镇李家村");
        assertThat(Found.by(person, "经营场所：进贤县温圳镇府前路18号门面，从事")).containsExactly("温圳镇府前路18号门面");
    }

    @Test
    void aCompanysSeatIsPublicButAPersonsHomeIsNot() {
        assertThat(Found.by(company, "住所：南昌市青山湖区民营科技园新溪大道66号。")).isEmpty();
        assertThat(Found.by(company, "位于南昌市西湖区朝阳中路88号的门店")).isEmpty();
        assertThat(Found.by(company, "法定代表人张某，住址：南昌市西湖区桃花镇建设村12号。"))
                .containsExactly("桃花镇建设村12号");
    }

    @Test
    void nothingBelowTheCountyNothingToHide() {
        assertThat(Found.by(person, "住址：江西省南昌市进贤县。")).isEmpty();
        assertThat(Found.by(person, "住址不详，")).isEmpty();
        assertThat(Found.by(person, "电子邮箱地址：a@b.cn")).isEmpty();
    }

    @Test
    void marketsAndEstatesAreNotDivisions() {
        assertThat(Found.by(person, "家住进贤县民和农贸市场旁阳光花园小区3栋501室"))
                .containsExactly("民和农贸市场旁阳光花园小区3栋501室");
    }
}
