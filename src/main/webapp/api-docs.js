// Swagger UI for the OpenAPI document WildFly publishes at /openapi; every asset comes from the app.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    // Without the standalone top bar: its logo brings an inline <style> the page's policy refuses,
    // and its box for loading other documents has no use here.
    layout: "BaseLayout",
    validatorUrl: null
  });
});
