<#-- Host page of the account console: Keycloak fills in the environment and the entry points of the Vite build
     (resources/.vite/manifest.json); the React app in themes/src/main/account-ui does the rest. An anonymous visitor
     goes to the sign-in page before the bundle is fetched (the script at the end). -->
<#macro text key fallback><#if msg??>${msg(key)}<#else>${fallback}</#if></#macro>
<!doctype html>
<html lang="${locale}" dir="${localeDir!'ltr'}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light">
    <link rel="icon" type="image/svg+xml" href="${resourceUrl}/favicon.svg">
    <title><@text "portalConsoleTitle" "Sportello"/></title>
    <style>
      body, #app { margin: 0; height: 100%; }
      .sportello-loading {
        height: 100vh; display: flex; flex-direction: column; align-items: center; justify-content: center;
        font-family: sans-serif; color: #151515; background: #fff;
      }
    </style>
    <#-- The console's bundle (about 1 MB of JS and 1 MB of CSS) is listed here, not linked: the script at the end of the
         body loads it only once the visitor may be signed in (see there). -->
    <script id="sportello-bundle" type="application/json">
      {
        "shim": "<#if !isSecureContext>${resourceCommonUrl}/vendor/web-crypto-shim/web-crypto-shim.js</#if>",
        "styles": [<#if entryStyles?has_content><#list entryStyles as style>"${resourceUrl}/${style}"<#sep>, </#sep></#list></#if>],
        "script": "<#if entryScript?has_content>${resourceUrl}/${entryScript}</#if>",
        "imports": [<#if entryImports?has_content><#list entryImports as import>"${resourceUrl}/${import}"<#sep>, </#sep></#list></#if>]
      }
    </script>
  </head>
  <body data-page-id="account">
    <div id="app">
      <main class="sportello-loading" aria-busy="true">
        <p role="status"><@text "portalConsoleLoading" "…"/></p>
      </main>
    </div>
    <noscript><@text "portalConsoleNoScript" "JavaScript"/></noscript>
    <script id="environment" type="application/json">
      {
        "serverBaseUrl": "${serverBaseUrl}",
        "authUrl": "${authUrl}",
        "authServerUrl": "${authServerUrl}",
        "realm": "${realm.name}",
        "clientId": "${clientId}",
        "resourceUrl": "${resourceUrl}",
        "logo": "${properties.logo!""}",
        "logoUrl": "${properties.logoUrl!""}",
        "darkMode": false,
        "baseUrl": "${baseUrl}",
        "locale": "${locale}",
        "referrerName": "${referrerName!""}",
        "referrerUrl": "${referrer_uri!""}",
        "features": {
          "isRegistrationEmailAsUsername": ${realm.registrationEmailAsUsername?c},
          "isEditUserNameAllowed": ${realm.editUsernameAllowed?c},
          "isInternationalizationEnabled": ${realm.isInternationalizationEnabled()?c},
          "isLinkedAccountsEnabled": ${isLinkedAccountsEnabled?c},
          "isMyResourcesEnabled": ${(realm.userManagedAccessAllowed && isAuthorizationEnabled)?c},
          "isViewOrganizationsEnabled": ${isViewOrganizationsEnabled?c},
          "deleteAccountAllowed": ${deleteAccountAllowed?c},
          "updateEmailFeatureEnabled": ${updateEmailFeatureEnabled?c},
          "updateEmailActionEnabled": ${updateEmailActionEnabled?c},
          "isViewApplicationsEnabled": ${isViewApplicationsEnabled?c},
          "isViewGroupsEnabled": ${isViewGroupsEnabled?c},
          "isOid4VciEnabled": ${isOid4VciEnabled?c}
        },
        "scope": "${scope!""}"
      }
    </script>
    <script>
      // Loads the console's bundle, unless the visitor has no session at Keycloak (no KEYCLOAK_SESSION cookie, which
      // Keycloak keeps readable by scripts for the session status check): then the sign-in starts right here, before
      // a byte of the bundle is fetched. The request is the one keycloak-js would make (authorization code, PKCE S256,
      // nonce, response_mode=query), and its state is stored where keycloak-js looks for it, so the console completes
      // the sign-in when the visitor comes back. Should that storage fail, keycloak-js ignores the unknown answer and
      // signs in once more, silently, on the session just opened. Without Web Crypto (an insecure context) or with an
      // answer in the address, the bundle loads as before and keycloak-js does it all.
      (function () {
        "use strict";
        var bundle = JSON.parse(document.getElementById("sportello-bundle").textContent);
        var environment = JSON.parse(document.getElementById("environment").textContent);

        function add(tag, attributes) {
          var element = document.createElement(tag);
          Object.keys(attributes).forEach(function (name) {
            element[name] = attributes[name];
          });
          document.head.appendChild(element);
        }

        function loadBundle() {
          bundle.styles.forEach(function (href) {
            add("link", { rel: "stylesheet", href: href });
          });
          bundle.imports.forEach(function (href) {
            add("link", { rel: "modulepreload", href: href });
          });
          // async false: the shim, when there is one, runs before the console
          [bundle.shim, bundle.script].filter(Boolean).forEach(function (src) {
            add("script", { type: "module", src: src, async: false });
          });
        }

        function base64Url(bytes) {
          return btoa(String.fromCharCode.apply(null, new Uint8Array(bytes)))
            .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
        }

        function signIn() {
          var state = crypto.randomUUID();
          var nonce = crypto.randomUUID();
          var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
          var random = crypto.getRandomValues(new Uint8Array(96));
          var verifier = "";
          for (var i = 0; i < random.length; i++) {
            verifier += alphabet.charAt(random[i] % alphabet.length);
          }
          var redirectUri = location.href;
          return crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier)).then(function (hash) {
            try {
              localStorage.setItem("kc-callback-" + state, JSON.stringify({
                state: state, nonce: nonce, redirectUri: redirectUri, loginOptions: {},
                pkceCodeVerifier: verifier, expires: Date.now() + 3600000
              }));
            } catch (e) {
              // no storage: see above
            }
            var scope = ["openid"].concat((environment.scope || "").split(" ").filter(function (value) {
              return value && value !== "openid";
            }));
            var query = new URLSearchParams({
              client_id: environment.clientId, redirect_uri: redirectUri, state: state, response_mode: "query",
              response_type: "code", scope: scope.join(" "), nonce: nonce, code_challenge: base64Url(hash),
              code_challenge_method: "S256"
            });
            location.replace(environment.serverBaseUrl.replace(/\/$/, "") + "/realms/"
              + encodeURIComponent(environment.realm) + "/protocol/openid-connect/auth?" + query);
          });
        }

        var answer = new URLSearchParams(location.search);
        var hasSession = document.cookie.split(/;\s*/).some(function (cookie) {
          return cookie.indexOf("KEYCLOAK_SESSION=") === 0;
        });
        var canSignIn = window.isSecureContext && window.crypto && crypto.subtle && crypto.randomUUID;
        if (hasSession || !canSignIn || answer.has("state") || answer.has("code") || answer.has("error")) {
          loadBundle();
        } else {
          signIn().catch(loadBundle);
        }
      })();
    </script>
  </body>
</html>
