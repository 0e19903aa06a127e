package uk.police.portal.ui.caseapi.control;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.police.portal.ui.caseapi.entity.Me;

/** The case-api resources the portal uses, as a MicroProfile Rest Client. */
@Produces(MediaType.APPLICATION_JSON)
public interface CaseApi {

  @GET
  @Path("me")
  Me me(@HeaderParam("Authorization") String bearer);
}
