package nl.kansrijkestart.mdo.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatchers;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Remembers the page a visitor asked for before signing in in a cookie, not in a session (no
 * session before sign-in), so that the sign-in ends on that page. Only page visits are
 * remembered (GET, not a script's request), and only an address on this server is ever returned:
 * a cookie planted by another site on a shared domain cannot turn the sign-in into a redirect
 * elsewhere.
 */
final class ReturnAddressCookie implements RequestCache {

    private final CookieRequestCache cookie = new CookieRequestCache();

    ReturnAddressCookie() {
        cookie.setRequestMatcher(RequestMatchers.allOf(
                request -> HttpMethod.GET.matches(request.getMethod()),
                RequestMatchers.not(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))));
    }

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        cookie.saveRequest(request, response);
    }

    @Override
    public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = cookie.getRequest(request, response);
        return saved == null || onThisServer(saved, request) ? saved : null;
    }

    @Override
    public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        return getRequest(request, response) == null ? null : cookie.getMatchingRequest(request, response);
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        cookie.removeRequest(request, response);
    }

    private static boolean onThisServer(SavedRequest saved, HttpServletRequest request) {
        UriComponents address = UriComponentsBuilder.fromUriString(saved.getRedirectUrl()).build();
        int port = address.getPort() == -1 ? defaultPort(address.getScheme()) : address.getPort();
        return request.getScheme().equalsIgnoreCase(address.getScheme())
                && request.getServerName().equalsIgnoreCase(address.getHost())
                && request.getServerPort() == port
                && address.getPath() != null && address.getPath().startsWith(request.getContextPath() + "/");
    }

    private static int defaultPort(@Nullable String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
