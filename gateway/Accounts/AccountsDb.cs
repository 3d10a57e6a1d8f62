using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ukc.Gateway.Accounts;

/// <summary>ASP.NET Core Identity's users and roles, in a schema of the gateway's own in the PostgreSQL database Reporting brings.</summary>
public sealed class AccountsDb(DbContextOptions<AccountsDb> options) : IdentityDbContext<IdentityUser>(options)
{
    public const string Schema = "accounts";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
    }
}
