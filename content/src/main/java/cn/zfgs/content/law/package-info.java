/**
 * 法律法规目录 — the catalogue of laws that legal bases (执法依据, e.g. 《药品管理法》第一百一十五条)
 * are validated against and quoted from.
 *
 * <p>Plain Java, no framework: the texts ship as classpath resources under {@code laws/}
 * (listed in {@code laws/index.txt}), are parsed once by {@link cn.zfgs.content.law.LawParser}
 * and held immutable in {@link cn.zfgs.content.law.LawCatalogue#shipped()}.
 */
package cn.zfgs.content.law;
