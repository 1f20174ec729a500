package cn.zfgs.admin.content;

import java.util.List;

/**
 * One part of an editing form as the template draws it: a field ({@code widget} line, text, select, date, number,
 * checkbox, laws), a group of repeated rows ({@code columns}, one fieldset per row), or a section shown when its
 * checkbox is ticked ({@code children}). Field names are the content's own, so the domain's errors land beside them.
 */
public record Element(String type, String widget, String name, String label, String hint, int maxLength,
        List<Option> options, List<Element> columns, List<Element> children) {

    /** An option of a select box. */
    public record Option(String value, String label) {
    }

    static Element line(String name, String label, int maxLength) {
        return new Element("field", "line", name, label, null, maxLength, List.of(), List.of(), List.of());
    }

    static Element line(String name, String label, int maxLength, String hint) {
        return new Element("field", "line", name, label, hint, maxLength, List.of(), List.of(), List.of());
    }

    static Element text(String name, String label, int maxLength) {
        return new Element("field", "text", name, label, null, maxLength, List.of(), List.of(), List.of());
    }

    static Element text(String name, String label, int maxLength, String hint) {
        return new Element("field", "text", name, label, hint, maxLength, List.of(), List.of(), List.of());
    }

    static Element select(String name, String label, List<Option> options) {
        return new Element("field", "select", name, label, null, 0, options, List.of(), List.of());
    }

    static Element date(String name, String label) {
        return new Element("field", "date", name, label, "格式：年-月-日，如 2026-03-02", 10, List.of(), List.of(), List.of());
    }

    static Element number(String name, String label, String hint) {
        return new Element("field", "number", name, label, hint, 6, List.of(), List.of(), List.of());
    }

    static Element checkbox(String name, String label) {
        return new Element("field", "checkbox", name, label, null, 0, List.of(), List.of(), List.of());
    }

    /** Legal bases, one citation a line, with the law-catalogue search beside them. */
    static Element laws(String name, String label) {
        return new Element("field", "laws", name, label, "每行一条，如《药品管理法》第一百一十五条；可用下方的法律依据检索添加",
                4000, List.of(), List.of(), List.of());
    }

    static Element group(String name, String label, String hint, List<Element> columns) {
        return new Element("group", null, name, label, hint, 0, List.of(), columns, List.of());
    }

    static Element section(String toggle, String label, List<Element> children) {
        return new Element("section", "checkbox", toggle, label, null, 0, List.of(), List.of(), children);
    }

    public boolean isGroup() {
        return "group".equals(type);
    }

    public boolean isSection() {
        return "section".equals(type);
    }
}
