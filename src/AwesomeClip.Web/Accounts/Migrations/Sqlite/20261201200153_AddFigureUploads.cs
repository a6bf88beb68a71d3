using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AwesomeClip.Web.Accounts.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFigureUploads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FigureUploads",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    User = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FigureUploads", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FigureUploads_UploadedAt",
                table: "FigureUploads",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_FigureUploads_User_UploadedAt",
                table: "FigureUploads",
                columns: new[] { "User", "UploadedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FigureUploads");
        }
    }
}
