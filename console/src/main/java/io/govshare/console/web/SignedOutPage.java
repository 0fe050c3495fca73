package io.govshare.console.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where the identity provider sends the browser back after the logout (RP-initiated logout). Public. */
@Path("/signed-out")
public class SignedOutPage {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        return Pages.html(200, Views.signedOut(new Frame("已退出", "", "", List.of())));
    }
}
