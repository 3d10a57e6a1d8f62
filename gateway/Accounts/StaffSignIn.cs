using Microsoft.AspNetCore.Identity;
using Ukc.Contracts;

namespace Ukc.Gateway.Accounts;

/// <summary>
/// Signing a person in, for the API and the sign-in page alike: checks the password and records the attempt in one
/// transaction, and only then writes the cookie or the tokens of <c>scheme</c>.
/// </summary>
public sealed class StaffSignIn(SignInManager<IdentityUser> signIn, AccountsDb db, AccountsOutbox outbox)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string scheme)
    {
        var user = await signIn.UserManager.FindByNameAsync(userName);
        SignInResult result;
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
            var outcome = result.Succeeded ? SignInOutcomes.SignedIn : result.IsLockedOut ? SignInOutcomes.LockedOut : SignInOutcomes.Failed;
            await outbox.AddAsync(new SignInAttempted(userName, outcome, outbox.Now), actor: userName);
            await transaction.CommitAsync();
        }

        outbox.Written();
        if (result.Succeeded)
        {
            signIn.AuthenticationScheme = scheme;
            await signIn.SignInAsync(user!, isPersistent: false);
            return new SignInOutcome(true, await signIn.UserManager.GetRolesAsync(user!), null);
        }

        var lockedFor = result.IsLockedOut && await signIn.UserManager.GetLockoutEndDateAsync(user!) is { } end ? end - outbox.Now : (TimeSpan?)null;
        return new SignInOutcome(false, [], lockedFor);
    }
}

/// <param name="LockedFor">How long the account stays locked after too many failed attempts.</param>
public sealed record SignInOutcome(bool Succeeded, IList<string> Roles, TimeSpan? LockedFor);
