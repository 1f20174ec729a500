package cn.zfgs.portal.site;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public page whose content depends only on the published model: it gets ETag, Last-Modified and
 * Cache-Control from {@link PublicCacheFilter}, and conditional requests are answered 304 without rendering.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicCache {
}
