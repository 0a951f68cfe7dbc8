// Marks the page as running JavaScript before it renders (GOV.UK Frontend's convention), from a file
// rather than inline so that the Content-Security-Policy allows no inline script.
document.body.className += ' js-enabled govuk-frontend-supported';
