package dev.molt.service.api.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * How browsers cache the web UI (web-ui/, served from static resources; docs/decisions/0060).
 * Every entry of a reproducible jar carries the same fixed date, so Last-Modified cannot tell one
 * version of a file from the next: it is turned off (application.properties) and the files get an
 * ETag of their content instead, which browsers check on every load ("no-cache"). The API's paths
 * are left alone: the filter buffers a whole response, which an event stream must never be.
 */
@Configuration(proxyBeanMethods = false)
class WebUiCaching {
  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> webUiEtags() {
    FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
        new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    registration.addUrlPatterns("/", "/index.html", "/style.css", "/src/*");
    return registration;
  }
}
