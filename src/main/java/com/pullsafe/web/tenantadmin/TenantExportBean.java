package com.pullsafe.web.tenantadmin;

import com.pullsafe.privacy.TenantExportService;
import com.pullsafe.privacy.TenantExportService.ExportedTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Backs the export button of {@code /admin/index.xhtml}: the whole tenant's data as a zip, written
 * straight into the response while it is read (never held whole), as the API's export.
 */
@Named
@RequestScoped
public class TenantExportBean {

  @Inject private TenantExportService exports;
  @Inject private FacesContext faces;

  public void download() throws IOException {
    ExportedTenant tenant = exports.tenant();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/zip");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"" + tenant.fileName() + "\"");
    exports.export(external.getResponseOutputStream());
    faces.responseComplete();
  }
}
