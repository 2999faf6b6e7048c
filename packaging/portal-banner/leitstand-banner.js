/*
 * Leitstand portal banner: shows the open outage notices of a Leitstand status feed at the top of
 * a portal page. Embed it with one tag:
 *
 *   <script src="https://status.example.org/banner/leitstand-banner.js"
 *           data-feed="https://status.example.org/feed/status.json"
 *           data-services="Bürgerportal, Terminbuchung" defer></script>
 *
 * data-feed      the status.json to read (required)
 * data-services  optional, comma-separated: only notices of these services
 * data-target    optional CSS selector of the element to put the banner into (default: top of body)
 *
 * The page's language (<html lang>) picks German or English, falling back to the other language
 * where a text is missing. Feed text is only ever set as text, never as HTML. When the feed cannot
 * be read, or is not what it should be, the banner shows nothing and throws nothing.
 * No dependencies; ECMAScript 2017.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) {
    return;
  }
  var feedUrl = script.getAttribute("data-feed");
  if (!feedUrl) {
    return;
  }
  var servicesAttribute = script.getAttribute("data-services") || "";
  var wantedServices = servicesAttribute
    .split(",")
    .map(function (name) { return name.trim(); })
    .filter(function (name) { return name.length > 0; });
  var targetSelector = script.getAttribute("data-target");

  var pageLanguage = (document.documentElement.getAttribute("lang") || "").toLowerCase();
  var language = pageLanguage.indexOf("de") === 0 ? "de" : "en";
  var otherLanguage = language === "de" ? "en" : "de";

  var words = {
    de: {
      region: "Hinweise zu Störungen und Wartungen",
      close: "Hinweis schließen",
      disruption: "Störung",
      maintenance: "Geplante Wartung",
      information: "Information",
      minor: "geringfügig",
      major: "erheblich",
      critical: "kritisch",
      scheduled: "geplant",
      investigating: "wird untersucht",
      identified: "Ursache erkannt",
      monitoring: "wird beobachtet",
      services: "Betroffen:",
      since: "Seit",
      from: "Ab",
      until: "voraussichtlich bis",
      whatToDo: "Was Sie tun können:",
      contact: "Kontakt:",
      phone: "Telefon",
      email: "E-Mail"
    },
    en: {
      region: "Notices about disruptions and maintenance",
      close: "Dismiss notice",
      disruption: "Disruption",
      maintenance: "Planned maintenance",
      information: "Information",
      minor: "minor",
      major: "major",
      critical: "critical",
      scheduled: "scheduled",
      investigating: "investigating",
      identified: "identified",
      monitoring: "monitoring",
      services: "Affected:",
      since: "Since",
      from: "From",
      until: "expected until",
      whatToDo: "What you can do:",
      contact: "Contact:",
      phone: "Phone",
      email: "Email"
    }
  }[language];

  var dismissedKey = "leitstand-banner-dismissed";

  function text(object) {
    if (!object || typeof object !== "object") {
      return "";
    }
    var preferred = typeof object[language] === "string" ? object[language].trim() : "";
    if (preferred) {
      return preferred;
    }
    return typeof object[otherLanguage] === "string" ? object[otherLanguage].trim() : "";
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content) {
      node.textContent = content;
    }
    return node;
  }

  function formatTime(value) {
    var time = new Date(value);
    if (isNaN(time.getTime())) {
      return "";
    }
    try {
      return time.toLocaleString(language === "de" ? "de-DE" : "en-GB", {
        dateStyle: "medium",
        timeStyle: "short"
      });
    } catch (error) {
      return time.toISOString();
    }
  }

  function dismissed() {
    try {
      return JSON.parse(window.sessionStorage.getItem(dismissedKey) || "[]");
    } catch (error) {
      return [];
    }
  }

  function remember(key) {
    try {
      var keys = dismissed();
      keys.push(key);
      window.sessionStorage.setItem(dismissedKey, JSON.stringify(keys.slice(-50)));
    } catch (error) {
      // Without storage the notice comes back on the next page; that is all.
    }
  }

  function isShown(notice, now) {
    if (!notice || typeof notice !== "object" || typeof notice.id !== "string") {
      return false;
    }
    if (notice.status === "resolved") {
      return false;
    }
    if (notice.expected_end && notice.kind === "maintenance" && new Date(notice.expected_end) < now) {
      return false;
    }
    if (wantedServices.length > 0) {
      var services = Array.isArray(notice.services) ? notice.services : [];
      var affected = services.some(function (name) { return wantedServices.indexOf(name) !== -1; });
      if (!affected) {
        return false;
      }
    }
    return dismissed().indexOf(notice.id + "#" + notice.revision) === -1 && text(notice.title) !== "";
  }

  function safePhoneHref(phone) {
    var digits = phone.replace(/[^0-9+]/g, "");
    return digits.length >= 3 ? "tel:" + digits : "";
  }

  function renderNotice(notice) {
    var severity = ["minor", "major", "critical"].indexOf(notice.severity) !== -1 ? notice.severity : "major";
    var kind = ["disruption", "maintenance", "information"].indexOf(notice.kind) !== -1 ? notice.kind : "information";
    var item = element("div", "leitstand-banner__notice leitstand-banner__notice--" + kind + " leitstand-banner__notice--" + severity);
    // Severe disruptions interrupt a screen reader at once; everything else waits its turn.
    item.setAttribute("role", kind === "disruption" && severity !== "minor" ? "alert" : "status");

    var heading = element("p", "leitstand-banner__heading");
    var label = words[kind] + (kind === "disruption" ? " (" + words[severity] + ")" : "");
    if (words[notice.status] && notice.status !== "investigating") {
      label += " – " + words[notice.status];
    }
    // The colon keeps the label and the title apart when read aloud and when both look alike.
    heading.appendChild(element("span", "leitstand-banner__label", label + ":"));
    heading.appendChild(document.createTextNode(" "));
    heading.appendChild(element("strong", "leitstand-banner__title", text(notice.title)));
    item.appendChild(heading);

    var body = text(notice.text);
    var updates = Array.isArray(notice.updates) ? notice.updates : [];
    var latest = updates.length > 0 ? text(updates[updates.length - 1].text) : "";
    if (body) {
      item.appendChild(element("p", "leitstand-banner__text", body));
    }
    if (latest && latest !== body) {
      item.appendChild(element("p", "leitstand-banner__text", latest));
    }

    var details = [];
    if (Array.isArray(notice.services) && notice.services.length > 0) {
      details.push(words.services + " " + notice.services.filter(function (s) { return typeof s === "string"; }).join(", "));
    }
    var start = formatTime(notice.start);
    if (start) {
      var future = new Date(notice.start) > new Date();
      details.push((future ? words.from : words.since) + " " + start);
    }
    var end = notice.expected_end ? formatTime(notice.expected_end) : "";
    if (end) {
      details.push(words.until + " " + end);
    }
    if (details.length > 0) {
      item.appendChild(element("p", "leitstand-banner__details", details.join(" · ")));
    }

    var action = text(notice.user_action);
    if (action) {
      var advice = element("p", "leitstand-banner__advice");
      advice.appendChild(element("span", "leitstand-banner__label", words.whatToDo));
      advice.appendChild(document.createTextNode(" " + action));
      item.appendChild(advice);
    }

    var contact = notice.contact && typeof notice.contact === "object" ? notice.contact : {};
    var contactLine = element("p", "leitstand-banner__contact");
    var hasContact = false;
    if (typeof contact.phone === "string" && contact.phone.trim()) {
      var phoneHref = safePhoneHref(contact.phone);
      var phone = element(phoneHref ? "a" : "span", "", contact.phone.trim());
      if (phoneHref) {
        phone.href = phoneHref;
      }
      contactLine.appendChild(document.createTextNode(words.phone + " "));
      contactLine.appendChild(phone);
      hasContact = true;
    }
    if (typeof contact.email === "string" && /^[^\s@<>"]+@[^\s@<>"]+$/.test(contact.email.trim())) {
      if (hasContact) {
        contactLine.appendChild(document.createTextNode(" · "));
      }
      var mail = element("a", "", contact.email.trim());
      mail.href = "mailto:" + encodeURIComponent(contact.email.trim()).replace("%40", "@");
      contactLine.appendChild(document.createTextNode(words.email + " "));
      contactLine.appendChild(mail);
      hasContact = true;
    }
    var hours = text(contact.hours);
    if (hours) {
      contactLine.appendChild(document.createTextNode((hasContact ? " (" : "") + hours + (hasContact ? ")" : "")));
      hasContact = true;
    }
    var alternative = text(contact.alternative);
    if (alternative) {
      contactLine.appendChild(document.createTextNode((hasContact ? " · " : "") + alternative));
      hasContact = true;
    }
    if (hasContact) {
      contactLine.insertBefore(document.createTextNode(" "), contactLine.firstChild);
      contactLine.insertBefore(element("span", "leitstand-banner__label", words.contact), contactLine.firstChild);
      item.appendChild(contactLine);
    }

    var close = element("button", "leitstand-banner__close", "×");
    close.type = "button";
    close.setAttribute("aria-label", words.close + ": " + text(notice.title));
    close.addEventListener("click", function () {
      remember(notice.id + "#" + notice.revision);
      var region = item.parentNode;
      item.parentNode.removeChild(item);
      if (region && region.children.length === 0 && region.parentNode) {
        region.parentNode.removeChild(region);
      }
    });
    item.appendChild(close);
    return item;
  }

  function addStylesheet() {
    if (document.querySelector("link[data-leitstand-banner]")) {
      return;
    }
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = new URL("leitstand-banner.css", script.src).href;
    link.setAttribute("data-leitstand-banner", "");
    document.head.appendChild(link);
  }

  function show(feed) {
    if (!feed || typeof feed !== "object" || feed.schema !== "leitstand.status-feed/1" || !Array.isArray(feed.notices)) {
      return;
    }
    var now = new Date();
    var notices = feed.notices.filter(function (notice) { return isShown(notice, now); });
    if (notices.length === 0) {
      return;
    }
    addStylesheet();
    var region = element("section", "leitstand-banner");
    region.setAttribute("aria-label", words.region);
    region.setAttribute("lang", language);
    notices.forEach(function (notice) {
      region.appendChild(renderNotice(notice));
    });
    var target = targetSelector ? document.querySelector(targetSelector) : null;
    if (target) {
      target.appendChild(region);
    } else {
      document.body.insertBefore(region, document.body.firstChild);
    }
  }

  function load() {
    if (typeof window.fetch !== "function") {
      return;
    }
    window.fetch(feedUrl, { cache: "no-store", credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (feed) {
        try {
          show(feed);
        } catch (error) {
          // A feed that is not what it should be shows nothing.
        }
      })
      .catch(function () {
        // Unreachable or malformed: nothing to show, nothing to complain about on the portal.
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", load);
  } else {
    load();
  }
})();
