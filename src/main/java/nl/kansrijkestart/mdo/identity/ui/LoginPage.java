package nl.kansrijkestart.mdo.identity.ui;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.kansrijkestart.mdo.identity.SignInMode;
import nl.kansrijkestart.mdo.shared.i18n.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.WebUtils;

/**
 * Sign-in with a local account, on a page the server writes itself instead of a Vaadin view: a
 * visitor who has not signed in gets no HTTP session (docs/architecture.md, "No session before
 * sign-in"). The form posts to Spring Security's form login with the CSRF token of its cookie; a
 * refused sign-in is answered with this page and the reason ({@link SignInRefusals}). Dutch only,
 * like everything before sign-in. When accounts are Keycloak's there is no local form: the page
 * sends the browser on to Keycloak's sign-in (or, once signed in, to the start page).
 */
@Controller
public class LoginPage {

    /** Where the page is, and where its form posts to. */
    public static final String PATH = "/login";

    /**
     * Names why a session was ended by the server (account disabled, or its roles or other access
     * changed), for the login page it ends on; set by the security chain, cleared by this page.
     */
    public static final String SESSION_ENDED_COOKIE = "MDO_SESSION_ENDED";
    public static final String SESSION_ENDED_DISABLED = "disabled";
    public static final String SESSION_ENDED_CHANGED = "changed";

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final Locale LANGUAGE = Languages.DUTCH;

    private final MessageSource messages;
    private final SignInMode signInMode;

    LoginPage(MessageSource messages, SignInMode signInMode) {
        this.messages = messages;
        this.signInMode = signInMode;
    }

    @GetMapping(PATH)
    ResponseEntity<String> show(HttpServletRequest request) {
        if (signInMode.accountsInKeycloak()) {
            String next = request.getUserPrincipal() == null ? SignInMode.KEYCLOAK_SIGN_IN_PATH : "/";
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(request.getContextPath() + next)).build();
        }
        Cookie ended = WebUtils.getCookie(request, SESSION_ENDED_COOKIE);
        if (ended == null) {
            return ResponseEntity.ok().contentType(HTML).body(html(request, null, ""));
        }
        String reason = SESSION_ENDED_DISABLED.equals(ended.getValue()) ? "login.ended.disabled" : "login.ended.changed";
        String forgotten = ResponseCookie.from(SESSION_ENDED_COOKIE, "")
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(0).build().toString();
        return ResponseEntity.ok().contentType(HTML).header(HttpHeaders.SET_COOKIE, forgotten)
                .body(html(request, "login.ended.title", text(reason), ""));
    }

    /**
     * The application has no icon. Browsers ask for one anyway; left to Vaadin, that request would
     * get a page of its own, and with it a session, before anybody has signed in.
     */
    @GetMapping("/favicon.ico")
    ResponseEntity<Void> icon() {
        return ResponseEntity.noContent().build();
    }

    /** A text of the page's language. */
    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LANGUAGE);
    }

    /** The page, with the reason of a refused sign-in and the user name that was tried, if any. */
    String html(HttpServletRequest request, @Nullable String refusal, String username) {
        return html(request, "login.error.title", refusal, username);
    }

    private String html(HttpServletRequest request, String titleKey, @Nullable String refusal, String username) {
        String base = escape(request.getContextPath());
        CsrfToken token = csrf(request);
        boolean refused = refusal != null;
        String describedBy = refused ? " aria-describedby=\"login-error\" aria-invalid=\"true\"" : "";
        String error = refused ? """
                      <div id="login-error" class="login-error" role="alert">
                        <strong>%s</strong>
                        <p>%s</p>
                      </div>
                """.formatted(escape(text(titleKey)), escape(refusal)) : "";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta name="robots" content="noindex, nofollow">
                  <title>%s</title>
                  <link rel="icon" href="data:,">
                  <link rel="stylesheet" href="%s/lumo/lumo.css">
                  <link rel="stylesheet" href="%s/styles/mdo.css">
                </head>
                <body class="login-page">
                  <main class="login-view">
                    <h1>%s</h1>
                    <form class="login-form" method="post" action="%s%s">
                      <h2>%s</h2>
                %s      <label for="username">%s</label>
                      <input id="username" name="username" type="text" value="%s" autocomplete="username"
                             autocapitalize="none" spellcheck="false" required%s%s>
                      <label for="password">%s</label>
                      <input id="password" name="password" type="password" autocomplete="current-password"
                             required%s%s>
                      <input type="hidden" name="%s" value="%s">
                      <button type="submit">%s</button>
                    </form>
                    <p class="form-hint">%s</p>
                  </main>
                </body>
                </html>
                """.formatted(LANGUAGE.getLanguage(), escape(text("login.title")), base, base,
                escape(text("app.title")), base, PATH, escape(text("login.title")),
                error, escape(text("login.username")), escape(username), describedBy,
                username.isEmpty() ? " autofocus" : "",
                escape(text("login.password")), describedBy, username.isEmpty() ? "" : " autofocus",
                escape(token.getParameterName()), escape(token.getToken()),
                escape(text("login.submit")), escape(text("login.hint")));
    }

    private static CsrfToken csrf(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return token;
        }
        throw new IllegalStateException("The login page needs the CSRF filter in front of it");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
