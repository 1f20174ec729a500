package cn.zfgs.portal.opendata;

import org.apache.jena.datatypes.xsd.XSDDatatype;

/** 字段类型 — the type of a dataset column, as the data dictionary states it and as each format writes it. */
public enum ColumnType {
    TEXT("文本", XSDDatatype.XSDstring),
    INTEGER("整数", XSDDatatype.XSDinteger),
    DECIMAL("金额（元，两位小数）", XSDDatatype.XSDdecimal),
    DATE("日期（YYYY-MM-DD）", XSDDatatype.XSDdate),
    DATETIME("时间（ISO 8601，北京时间 +08:00）", XSDDatatype.XSDdateTime),
    BOOLEAN("是否（true / false）", XSDDatatype.XSDboolean),
    IRI("链接（URI）", XSDDatatype.XSDanyURI),
    TEXT_LIST("文本列表（CSV 中以“；”分隔，JSON 中为数组）", XSDDatatype.XSDstring);

    private final String label;
    private final XSDDatatype datatype;

    ColumnType(String label, XSDDatatype datatype) {
        this.label = label;
        this.datatype = datatype;
    }

    /** How the data dictionary names the type, in Chinese. */
    public String label() {
        return label;
    }

    /** The XML Schema datatype of the values, for the CSVW table schema in the DCAT description. */
    public String xsd() {
        return datatype.getURI();
    }
}
