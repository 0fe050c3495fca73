package io.govshare.console.web;

import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.govshare.common.error.ProblemException;
import io.govshare.console.client.ApiProblem;

/**
 * Failures as Chinese HTML pages (the console's pages are read by people, not programs): a service's refusal with
 * its Chinese detail and its status, the console's own input checks as 400, a service that cannot be reached as
 * 503, an expired session as a new login that comes back to the page. These mappers take precedence over the
 * problem+json mappers of common/, which the services use.
 */
public class ErrorPages {

    /** What the error page shows. */
    public record View(int status, String heading, String detail, List<String> fields) {}

    private static final int PRIORITY = Priorities.USER - 100;

    private final UserSession session;

    public ErrorPages(UserSession session) {
        this.session = session;
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response apiProblem(ApiProblem problem, UriInfo uri, HttpHeaders headers) {
        if (problem.sessionExpired()) {
            if (Relogin.justTried(headers)) {
                return page(401, "登录未被接受", "服务未接受您的登录凭据，请退出后重新登录；如仍不行，请联系平台管理员。", List.of());
            }
            return Relogin.to(pathAndQuery(uri), headers);
        }
        if (problem.status() >= 500) {
            String service = problem.service() == null ? "" : "（" + problem.service() + "）";
            return page(problem.status() == 503 ? 503 : 502, "服务暂时不可用" + service, problem.detail(), List.of());
        }
        List<String> fields = problem.errors().stream()
                .map(e -> e.field() == null ? e.message() : e.field() + "：" + e.message())
                .toList();
        return page(problem.status(), heading(problem.status()), problem.detail(), fields);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response ownCheck(ProblemException problem) {
        FormErrors errors = FormErrors.of(problem);
        List<String> fields = errors.fields().entrySet().stream()
                .map(e -> e.getKey() + "：" + e.getValue())
                .toList();
        return page(problem.status(), heading(problem.status()), errors.detail(), fields);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unreachable(ProcessingException e) {
        Log.warnf("a service could not be reached: %s", e.getMessage());
        return page(503, "服务暂时不可用", "平台服务暂时无法访问，请稍后再试。", List.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e) {
        return page(403, heading(403), "您的角色不能访问此页面。", List.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        String detail = status == 404 ? "没有这个页面，请从菜单进入。" : "请求无法处理（HTTP " + status + "）。";
        return page(status, heading(status), detail, List.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e) {
        Log.error("unexpected failure of a page", e);
        return page(500, "系统错误", "页面出现错误，请稍后再试。", List.of());
    }

    private Response page(int status, String heading, String detail, List<String> fields) {
        Frame frame;
        try {
            frame = this.session.anonymous()
                    ? new Frame(heading, "", "", List.of())
                    : new Frame(heading, this.session.username(), "", this.session.menu(""));
        } catch (RuntimeException e) {
            frame = new Frame(heading, "", "", List.of());
        }
        String html =
                Views.error(frame, new View(status, heading, detail, fields)).render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html)
                .build();
    }

    private static String heading(int status) {
        return switch (status) {
            case 400 -> "输入有误";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 409 -> "操作冲突";
            case 422 -> "无法办理";
            default -> "请求未能完成";
        };
    }

    static String pathAndQuery(UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    }
}
